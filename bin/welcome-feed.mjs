#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * welcome-feed — checks a Welcome feed before it is published, and turns it into spreadsheets
 * and back (the editors' toolkit). This file only dispatches; each command lives in
 * bin/commands/ and its logic in dist/feed.js and dist/editor.js (built from src/).
 *
 * Exit codes of every command: 0 ok, 1 problems found, 2 wrong usage or fatal error.
 */
import { FatalError, UsageError } from './lib/common.mjs';

const COMMANDS = {
  validate: 'checks a feed and lists every problem with its JSON path',
  lint: 'validate, plus editorial warnings (stale dates, holidays, duplicates …) and translation coverage',
  export: 'writes a feed as CSV files for spreadsheets, or as Open Referral HSDS 3.0',
  import: 'builds a feed from CSV files',
  render: 'writes the static edition: plain pages per language, no JavaScript (old phones, search, print)',
};

const USAGE = `Usage: welcome-feed <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, text]) => `  ${name.padEnd(9)} ${text}`)
  .join('\n')}

Run "welcome-feed <command> --help" for the options of a command.
Exit code: 0 ok, 1 problems found, 2 wrong usage or fatal error.`;

async function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? console.log : console.error)(USAGE);
    return command ? 0 : 2;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    console.error(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}`);
    return 2;
  }
  const module = await import(`./commands/${command}.mjs`);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(module.USAGE);
    return 0;
  }
  try {
    const result = await module.run(args);
    if (result?.usage) {
      console.error(module.USAGE);
      return 2;
    }
    return result;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`welcome-feed ${command}: ${error.message}\n\n${module.USAGE}`);
      return 2;
    }
    if (error instanceof FatalError) {
      console.error(`welcome-feed ${command}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    // A bug in the tool, not in the input: the stack helps whoever reports it.
    console.error(error);
    process.exit(2);
  },
);
