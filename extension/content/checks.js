// The tab's checks, on their way to the service worker. The one worker
// serves every tab, and a check runs there from start to end without a
// break, so each tab keeps one check message in flight at a time, and a
// long text goes in pieces of at most PIECE code units: other tabs' checks
// get their turn between two pieces, the text boxes of this tab take turns
// piece by piece, and a check whose text has changed since it was asked
// for is dropped before its next piece (the newest text is what its box
// asks for next). The last check before posting waits as long as pieces
// are being answered (`ns.checkSilence`), and gives up only on silence.
//
// Pieces end at a blank line, a line break or a sentence end where there is
// one: the engine reads sentences and lines on their own, so a text cut
// there gets the findings it would get whole. Texts up to PIECE code units
// (every ordinary post) go whole.
{
  const ns = (globalThis.postcheck ??= {});

  /** UTF-16 code units per check message: a few milliseconds of engine time. */
  const PIECE = 10000;

  /** What a check resolves with when its text changed before it was done. */
  ns.DROPPED = Symbol('dropped');

  /** Where a piece may end, best first: between `text[at - 1]` and `text[at]`. */
  const BOUNDARIES = /** @type {((text: string, at: number) => boolean)[]} */ ([
    (text, at) => text[at - 1] === '\n' && text[at - 2] === '\n',
    (text, at) => text[at - 1] === '\n',
    (text, at) => '。！？!?．'.includes(text[at - 1]),
    (text, at) => /\s/.test(text[at - 1]),
    // Anywhere but inside a character: a surrogate pair, a base and its marks, a ZWJ sequence.
    (text, at) => !/[\uD800-\uDBFF\u200D]/.test(text[at - 1]) && !/^[\p{M}\u200D]/u.test(text.slice(at, at + 2)),
  ]);

  /**
   * `text` cut into pieces of at most `max` code units, each ending at the
   * best boundary in its second half.
   * @param {string} text
   * @param {number} max
   * @returns {[number, number][]} the pieces' [start, end) offsets, in order, covering the text
   */
  function pieces(text, max) {
    /** @type {[number, number][]} */
    const found = [];
    let start = 0;
    while (text.length - start > max) {
      const latest = start + max;
      const earliest = start + Math.ceil(max / 2);
      let end = latest;
      search: for (const boundary of BOUNDARIES) {
        for (let at = latest; at >= earliest; at--) {
          if (boundary(text, at)) {
            end = at;
            break search;
          }
        }
      }
      found.push([start, end]);
      start = end;
    }
    found.push([start, text.length]);
    return found;
  }
  ns.pieces = pieces; // for tests/checks.test.js

  /**
   * @typedef {{text: string, wanted: () => boolean, pieces: [number, number][], next: number, findings: any[],
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
    queue.push({ text, wanted, pieces: pieces(text, PIECE), next: 0, findings: [], resolve, reject });
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
      const [start, end] = job.pieces[job.next];
      sentAt = performance.now();
      try {
        const answer = await ns.send({ type: 'check', text: job.text.slice(start, end) });
        if (answer === null) {
          for (const gone of [job, ...queue.splice(0)]) gone.resolve(null);
          break;
        }
        for (const finding of answer.findings) job.findings.push(start ? { ...finding, start: finding.start + start, end: finding.end + start } : finding);
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
