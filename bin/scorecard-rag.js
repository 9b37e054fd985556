#!/usr/bin/env node
// Runs the compiled command line. `npm install` compiles it into lib/ through the "prepare" script.
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write('scorecard-rag: the command line is not built. Run "npm install" (or "npm run build:cli") in the project folder first.\n');
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
