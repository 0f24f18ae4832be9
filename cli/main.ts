import { CliError } from './errors.ts';

type Command = { summary: string; run: (argv: string[]) => Promise<number> };

/** Each command lives in its own module, loaded on demand so `--help` does not start tfjs. */
const COMMANDS: Record<string, Command> = {
  train: {
    summary: 'fine-tune a model on a folder of code (one sub-folder per language)',
    run: async (argv) => (await import('./commands/train.ts')).trainCommand(argv),
  },
  eval: {
    summary: 'evaluate a trained model on a folder of code: accuracy, report, confusion matrix',
    run: async (argv) => (await import('./commands/eval.ts')).evalCommand(argv),
  },
  pretrain: {
    summary: 'pretrain a small CodeBERTa (masked language model) from scratch on a folder of code',
    run: async (argv) => (await import('./commands/pretrain.ts')).pretrainCommand(argv),
  },
  'tokenizer-train': {
    summary: 'train a byte-level BPE tokenizer on a folder of code',
    run: async (argv) => (await import('./commands/tokenizerTrain.ts')).tokenizerTrainCommand(argv),
  },
  predict: {
    summary: 'detect the language of source files with a trained model',
    run: async (argv) => (await import('./commands/predict.ts')).predictCommand(argv),
  },
};

const USAGE = `codeberta — train and use a programming-language classifier (CodeBERTa) headless

Usage: codeberta <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(16)} ${c.summary}`)
  .join('\n')}

Run "codeberta <command> --help" for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`codeberta: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof CliError) {
      console.error(`codeberta ${name}: ${err.message}`);
      return err.exitCode;
    }
    // Errors from parseArgs (unknown option, missing value) are user errors too.
    if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`codeberta ${name}: ${err.message}`);
      return 2;
    }
    if (err instanceof Error) {
      // Core errors (corrupt checkpoint, wrong shapes) carry clear messages; the stack helps nobody here.
      console.error(`codeberta ${name}: ${err.message}`);
      if (process.env.CODEBERTA_DEBUG) console.error(err.stack);
      return 1;
    }
    throw err;
  }
}
