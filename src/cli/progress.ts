/** A one-line progress display: "seed 40000/100000 (40%) 5120/s, about 12 s left". */
export function progressPrinter(label: string, started: number, stream: NodeJS.WriteStream = process.stderr) {
  return (done: number, total: number): void => {
    const seconds = (Date.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const left = Math.ceil((total - done) / Math.max(rate, 1));
    const line = `${label} ${done}/${total} (${Math.floor((done / total) * 100)}%) ${Math.round(rate)}/s, about ${left} s left`;
    if (stream.isTTY) stream.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`);
    else if (done === total || done % (total >= 100_000 ? 50_000 : 10_000) === 0) stream.write(`${line}\n`);
  };
}
