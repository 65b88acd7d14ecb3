// The 50 ms target of issue 6: "one bundle verified offline in at most 50 ms after start-up".
// Start-up (Node, loading the bundle's modules, reading the inputs) is the same for every run; what
// the target is about is the rest: building the trust material from the built-in public-good root,
// reading and checking the bundle, @sigstore/verify, the statement and policy checks, the report.
//
// The case runs the action bundle twice on the same real v0.3 bundle (the corpus's, as in
// verify-release-bundle), alternately:
// - the full verification (exit 0), and
// - the same process stopped right after start-up: every input the same except subject-digest, which
//   is left out, so parsing the inputs fails (exit 2, "Nothing to verify") before any trust, bundle or
//   signature work is done. That run pays for Node, the module graph and the input reading, and
//   nothing else.
// The difference of the two medians is the time spent verifying after start-up; it is printed and
// recorded in RESULTS.md as the row "verification after start-up (difference)". It is a difference of
// medians of whole processes, so on a busy machine it carries their noise: rerun idle.
import base from './verify-release-bundle.mjs';

export default {
  name: 'verify-release-after-startup',
  description:
    'verify-release on one real v0.3 bundle (offline, built-in root) vs the same run stopped after start-up; the difference is the verification time',
  setup: base.setup,
  commands(ctx) {
    const [ours] = base.commands(ctx);
    const startupOnly = { ...ours.env };
    delete startupOnly['INPUT_SUBJECT-DIGEST'];
    return [
      { ...ours, label: 'paved-road verify-release (full)' },
      { ...ours, label: 'paved-road verify-release (start-up only)', env: startupOnly, okStatuses: [2] },
    ];
  },
  report(rows) {
    const [full, startup] = rows;
    const ms = (full.wall - startup.wall) * 1000;
    return [`verification after start-up (difference of the medians): ${ms.toFixed(0)} ms (target <= 50 ms)`];
  },
};
