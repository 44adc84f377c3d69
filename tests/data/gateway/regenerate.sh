#!/bin/sh
# Rewrites the golden files of the gateway parsers from the current code:
#   tests/data/gateway/*.summary.txt        (queueparser_test)
#   tests/data/gateway/messages/*.defects    (messagelinter_test)
# Usage: tests/data/gateway/regenerate.sh BUILD_DIR
# Then review `git diff tests/data/gateway` before committing: a changed
# golden file is a changed verdict.
set -eu
build=${1:?usage: $0 BUILD_DIR}
for t in queueparser_test messagelinter_test; do
    MAILOPS_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/core/gateway/$t" >/dev/null
done
echo "regenerated; review: git diff -- tests/data/gateway"
