// The tab's checks, on their way to the service worker. The one worker
// serves every tab, and a check runs there from start to end without a
// break, so each tab keeps one check message in flight at a time, and a
// long text goes in pieces of about PIECE code units: other tabs' checks
// get their turn between two pieces, the text boxes of this tab take turns
// piece by piece, and a check whose text has changed since it was asked
// for is dropped before its next piece (the newest text is what its box
// asks for next). The last check before posting waits as long as pieces
// are being answered (`ns.checkSilence`), and gives up only on silence.
//
// A piece ends at a blank line, a line break or a sentence end where there
// is one, and goes with up to CONTEXT code units of the text around it (cut
// the same way), of which only the findings that start in the piece itself
// are kept: a rule that reads a sentence with its neighbours (a topic and
// its cue) sees them across the cut. What such a text can still lose is
// what reads across more than that (a veto anywhere in the post, a quote
// over a very long line). Texts up to PIECE code units (every ordinary
// post) go whole.
{
  const ns = (globalThis.postcheck ??= {});

  /** UTF-16 code units per piece: a few milliseconds of engine time. */
  const PIECE = 10000;
  /** Code units of text sent on either side of a piece, for context. */
  const CONTEXT = 1000;

  /** What a check resolves with when its text changed before it was done. */
  ns.DROPPED = Symbol('dropped');

  /** Where a cut may be, best first: between `text[at - 1]` and `text[at]`. */
  const BOUNDARIES = /** @type {((text: string, at: number) => boolean)[]} */ ([
    (text, at) => text[at - 1] === '\n' && text[at - 2] === '\n',
    (text, at) => text[at - 1] === '\n',
    (text, at) => '。！？!?．'.includes(text[at - 1]),
    (text, at) => /\s/.test(text[at - 1]),
    // Anywhere but inside a character: a surrogate pair, a base and its marks, a ZWJ sequence.
    (text, at) => !/[\uD800-\uDBFF\u200D]/.test(text[at - 1]) && !/^[\p{M}\u200D]/u.test(text.slice(at, at + 2)),
  ]);

  /** The best cut in `text` between `first` and `last`, the first found going from `first`; `first` when there is none. */
  function cutAt(text, first, last) {
    const step = first <= last ? 1 : -1;
    for (const boundary of BOUNDARIES) {
      for (let at = first; at !== last + step; at += step) {
        if (boundary(text, at)) return at;
      }
    }
    return first;
  }

  /**
   * @typedef {{start: number, end: number, from: number, to: number}} Piece the text
   *   [start, end) is checked as part of [from, to), which holds its context
   */

  /**
   * `text` cut into pieces of at most `max` code units, each ending at the
   * best cut in its second half, with up to `context` code units around it.
   * @param {string} text
   * @param {number} max
   * @param {number} context
   * @returns {Piece[]} in order, covering the text
   */
  function pieces(text, max, context) {
    /** @type {[number, number][]} */
    const spans = [];
    let start = 0;
    while (text.length - start > max) {
      const end = cutAt(text, start + max, start + Math.ceil(max / 2));
      spans.push([start, end]);
      start = end;
    }
    spans.push([start, text.length]);
    const half = Math.ceil(context / 2);
    return spans.map(([start, end]) => ({
      start,
      end,
      from: start - context <= 0 ? 0 : cutAt(text, start - context, start - half),
      to: end + context >= text.length ? text.length : cutAt(text, end + context, end + half),
    }));
  }
  ns.pieces = pieces; // for tests/checks.test.js

  /**
   * @typedef {{text: string, wanted: () => boolean, pieces: Piece[], next: number, findings: any[],
   *   resolve: (answer: {findings: any[]} | null | typeof ns.DROPPED) => void, reject: (error: unknown) => void}} Job
   */

  /** @type {Job[]} checks waiting for their next piece to be sent, in turn */
  const queue = [];
  let sending = false;
  /** when the message in flight was sent (`performance.now()`), or -1 */
  let sentAt = -1;

  /**
   * The findings for `text`, as one check of the whole text would give them;
   * `null` when the extension is gone (see `ns.send`); `ns.DROPPED` when
   * `wanted()` turned false before the last piece was sent.
   * @param {string} text
   * @param {() => boolean} wanted whether the answer is still wanted (the box still holds `text`)
   * @returns {Promise<{findings: any[]} | null | typeof ns.DROPPED>}
   */
  ns.checkText = (text, wanted) => new Promise((resolve, reject) => {
    queue.push({ text, wanted, pieces: pieces(text, PIECE, CONTEXT), next: 0, findings: [], resolve, reject });
    if (!sending) sendPieces();
  });

  /** How long the message in flight has gone unanswered, in ms (0 when none is in flight). */
  ns.checkSilence = () => (sentAt < 0 ? 0 : performance.now() - sentAt);

  /** Sends the queue's pieces one at a time, each check's next piece going to the back. */
  async function sendPieces() {
    sending = true;
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (!job.wanted()) {
        job.resolve(ns.DROPPED);
        continue;
      }
      const { start, end, from, to } = job.pieces[job.next];
      sentAt = performance.now();
      try {
        const answer = await ns.send({ type: 'check', text: job.text.slice(from, to) });
        if (answer === null) {
          for (const gone of [job, ...queue.splice(0)]) gone.resolve(null);
          break;
        }
        for (const finding of answer.findings) {
          const at = { start: finding.start + from, end: finding.end + from };
          if (at.start >= start && (at.start < end || end === job.text.length)) job.findings.push(from ? { ...finding, ...at } : finding);
        }
        if (++job.next < job.pieces.length) queue.push(job);
        else job.resolve({ findings: job.findings });
      } catch (error) {
        job.reject(error);
      } finally {
        sentAt = -1;
      }
    }
    sending = false;
  }
}
