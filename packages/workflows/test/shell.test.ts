import { commandName, parseShell, partialParseNote, shellPosition, SHELL_DYNAMIC } from '../src/shell.js';

const argv = (script: string) => parseShell(script).commands.map((c) => c.argv.map((w) => w.text));

describe('parseShell', () => {
  it('finds the stages of a pipeline, so curl | sh is seen as two commands in one pipeline', () => {
    const parse = parseShell('curl -fsSL https://example.com/install.sh | sudo bash -s -- --yes');
    expect(parse.ok).toBe(true);
    expect(parse.commands.map(commandName)).toEqual(['curl', 'sudo']);
    expect(parse.pipelines).toHaveLength(1);
    expect(parse.pipelines[0]!.stages).toEqual([0, 1]);
    expect(parse.commands[1]!.pipeline).toEqual({ index: 0, stage: 1 });
  });

  it('keeps a three-stage pipeline as one pipeline and marks a compound stage as null', () => {
    const parse = parseShell('a | b | while read x; do c; done');
    expect(parse.pipelines).toHaveLength(1);
    expect(parse.pipelines[0]!.stages).toEqual([0, 1, null]);
    expect(parse.commands[2]!.nesting).toEqual(['loop']);
  });

  it('gives each word its offset in the script and its literal value after quote removal', () => {
    const script = `echo 'a b' "c d" e\\ f`;
    const words = parseShell(script).commands[0]!.argv;
    expect(words.map((w) => w.literal)).toEqual(['echo', 'a b', 'c d', 'e f']);
    expect(words.map((w) => script.slice(w.offset, w.end))).toEqual(['echo', "'a b'", '"c d"', 'e\\ f']);
  });

  it('marks parameter expansion, command substitution, globs and GitHub expressions as dynamic', () => {
    const words = parseShell('x $HOME/bin "v$(date)" *.txt https://h/${{ inputs.version }}/f').commands[0]!.argv;
    expect(words.map((w) => w.dynamic)).toEqual([false, true, true, true, true]);
    expect(words[1]!.text).toBe(`${SHELL_DYNAMIC}/bin`);
    expect(words[2]!.text).toBe(`v${SHELL_DYNAMIC}`);
    expect(words[4]!.text).toBe(`https://h/${SHELL_DYNAMIC}/f`);
    expect(words[4]!.literal).toBeUndefined();
  });

  it('reports && and || lists with the commands on each side', () => {
    const parse = parseShell('sha256sum -c sums && ./tool || echo failed');
    expect(parse.lists.map((l) => l.operator).sort()).toEqual(['&&', '||']);
    const and = parse.lists.find((l) => l.operator === '&&')!;
    expect(and.left).toEqual([0]);
    expect(and.right).toEqual([1]);
    const or = parse.lists.find((l) => l.operator === '||')!;
    expect(or.left).toEqual([0, 1]);
    expect(or.right).toEqual([2]);
  });

  it('sees commands inside subshells, command substitutions and functions, with their nesting', () => {
    const parse = parseShell('(cd x && go install a@latest)\nv=$(wget -qO- u | sh)\nf() { npx pkg; }');
    expect(argv('(cd x && go install a@latest)')).toEqual([
      ['cd', 'x'],
      ['go', 'install', 'a@latest'],
    ]);
    const byName = new Map(parse.commands.map((c) => [commandName(c) ?? '', c]));
    expect(byName.get('go')!.nesting).toEqual(['subshell']);
    expect(byName.get('sh')!.nesting).toEqual(['command-substitution']);
    expect(byName.get('sh')!.pipeline).toEqual({ index: 0, stage: 1 });
    expect(byName.get('npx')!.nesting).toEqual(['function', 'block']);
    // The assignment itself is a command without words.
    expect(byName.get('')!.assignments.map((a) => a.name)).toEqual(['v']);
  });

  it('records redirections with operator, descriptor and target', () => {
    const redirects = parseShell('curl -o out.sh u 2>&1 >>log').commands[0]!.redirects;
    expect(redirects.map((r) => [r.op, r.fd, r.target.text])).toEqual([
      ['>&', '2', '1'],
      ['>>', undefined, 'log'],
    ]);
  });

  it('returns a parse error instead of throwing, with the line and column', () => {
    const parse = parseShell('echo ok\nif then');
    expect(parse.ok).toBe(false);
    expect(parse.error!.line).toBe(2);
    expect(parse.error!.column).toBe(1);
    expect(parse.error!.message).toMatch(/if/);
    expect(parseShell('echo "unterminated').error!.message).toMatch(/quote/);
  });

  it('keeps what parsed around a syntax error, statement by statement, with the lines left out', () => {
    const script = 'echo é\ncurl -sSL https://x.example/i.sh | bash\nif then fi\necho "open\nmake\n';
    const parse = parseShell(script);
    expect(parse).toMatchObject({ ok: false, partial: true, skippedLines: [3, 4], error: { line: 3 } });
    expect(parse.commands.map((c) => script.slice(c.offset, c.end))).toEqual([
      'echo é',
      'curl -sSL https://x.example/i.sh',
      'bash',
      // Line 4 loses only what follows the error: the open quote.
      'echo',
      'make',
    ]);
    expect(parse.pipelines[0]!.stages).toEqual([1, 2]);
    expect(partialParseNote(parse)).toContain('line 3');
    expect(partialParseNote(parseShell('echo ok'))).toBe('');
  });

  it('gives up on a partial parse after a bounded number of blanked lines', () => {
    const parse = parseShell(`${'fi\n'.repeat(40)}curl x | sh\n`);
    expect(parse).toMatchObject({ ok: false, commands: [] });
    expect(parse.partial).toBeUndefined();
  });

  it('counts offsets in UTF-16 units even after non-ASCII text', () => {
    const script = 'echo "héllo 😀"; curl https://x';
    const curl = parseShell(script).commands[1]!;
    expect(script.slice(curl.argv[1]!.offset, curl.argv[1]!.end)).toBe('https://x');
    expect(shellPosition('a\nbc', 3)).toEqual({ line: 2, column: 2 });
  });

  it('parses POSIX sh when asked, where bash-only syntax is an error', () => {
    expect(parseShell('[[ -f x ]] && echo y').ok).toBe(true);
    expect(parseShell('[[ -f x ]] && echo y', { posix: true }).ok).toBe(true); // [[ is a plain word in POSIX
    expect(parseShell('echo $((1+1)) <(ls)', { posix: true }).ok).toBe(false);
  });
});

describe('parseShell cache', () => {
  it('returns the same parse for the same script and options, and a separate one for other options', () => {
    const a = parseShell('npm ci && npm test');
    expect(parseShell('npm ci && npm test')).toBe(a);
    expect(parseShell('npm ci && npm test', { posix: true })).not.toBe(a);
    expect(parseShell('npm ci && npm test', { posix: true }).commands.map((c) => c.argv[0]!.text)).toEqual([
      'npm',
      'npm',
    ]);
  });
});

describe('parseShell compound commands', () => {
  it('finds commands in if/elif/else, loops, case, functions, declarations, heredocs and test expressions', () => {
    const script = [
      'if a; then b; elif c; then d; else e; fi',
      'while f; do g; done',
      'for x in $(h); do i; done',
      'case $y in z) j ;; esac',
      'fn() { k; }',
      'export V=$(l)',
      'cat <<EOF',
      '$(m)',
      'EOF',
      '[[ -n $(n) ]]',
      'time o | p',
    ].join('\n');
    const names = parseShell(script)
      .commands.map((c) => c.argv[0]?.text ?? '=')
      .sort();
    expect(names).toEqual(
      ['=', 'a', 'b', 'c', 'cat', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p']
        .filter((n) => n !== '=')
        .concat([])
        .sort(),
    );
  });

  it('gives commands the redirects of the compound commands around them, not across a substitution', () => {
    const script = [
      '{ echo a; echo "b=$(date >&2)"; } >> "$GITHUB_OUTPUT"',
      'for x in 1; do echo c; done > out.txt',
      'echo d',
    ].join('\n');
    const outer = (name: string) =>
      parseShell(script)
        .commands.find((c) => c.argv[0]?.text === name)
        ?.outerRedirects?.map((r) => `${r.op} ${r.target.raw}`);
    expect(parseShell(script).commands.find((c) => c.argv[1]?.text === 'a')?.outerRedirects).toEqual([
      expect.objectContaining({ op: '>>', target: expect.objectContaining({ raw: '"$GITHUB_OUTPUT"' }) }),
    ]);
    expect(outer('date')).toBeUndefined();
    expect(parseShell(script).commands.find((c) => c.argv[1]?.text === 'c')?.outerRedirects?.[0]?.target.raw).toBe(
      'out.txt',
    );
    expect(parseShell(script).commands.find((c) => c.argv[1]?.text === 'd')?.outerRedirects).toBeUndefined();
  });
});
