/**
 * How the GitHub Actions runner reads a step's output (actions/runner, ActionCommandManager and
 * ActionCommand): it splits at `\r\n`, `\r` and `\n`; a line is a command when, after leading white
 * space, it starts with `::` and holds a second `::`, or when it holds `##[` anywhere.
 */
export function liveCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const trimmed = line.replace(/^[\s\u0085]+/, '');
    return (trimmed.startsWith('::') && trimmed.indexOf('::', 2) !== -1) || line.includes('##[');
  });
}

/**
 * The characters of `text` that a terminal or a log viewer would act on rather than show: controls
 * other than the line feed, bidi overrides and isolates, line and paragraph separators.
 */
export function controlCharacters(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g) ?? [];
}
