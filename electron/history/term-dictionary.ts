/**
 * Every distinct search term once, in one buffer: a million entries share a
 * few thousand UTM values and callees, so a search scans the distinct terms
 * (a few MB) instead of every entry's text, then marks the entries holding a
 * matching term. Terms are lowercase; each is followed by a newline, which no
 * query contains, so a match never spans two terms.
 */
export class TermDictionary {
  private text: Buffer;
  private used = 0;
  /** Where each term starts in `text`; entry `count` is where the next one would. */
  private starts: Uint32Array;
  private termCount = 0;
  /** Open addressing: term number + 1 per slot, 0 when free. */
  private slots: Uint32Array;

  constructor(saved?: { text: Buffer; starts: Uint32Array; count: number }) {
    if (saved) {
      this.text = saved.text;
      this.used = saved.starts[saved.count] ?? 0;
      this.starts = saved.starts;
      this.termCount = saved.count;
      this.slots = new Uint32Array(slotsFor(saved.count));
      for (let term = 0; term < saved.count; term += 1) this.place(term, this.hashOf(term));
    } else {
      this.text = Buffer.alloc(1 << 16);
      this.starts = new Uint32Array(1024);
      this.slots = new Uint32Array(2048);
    }
  }

  get count(): number {
    return this.termCount;
  }

  /** The parts a sidecar stores, trimmed to what is used. */
  saved(): { text: Buffer; starts: Uint32Array } {
    return { text: this.text.subarray(0, this.used), starts: this.starts.subarray(0, this.termCount + 1) };
  }

  /** The term's number, adding it the first time it is seen. */
  intern(term: string): number {
    const hash = hashString(term);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] ?? 0;
      if (held === 0) break;
      const number = held - 1;
      if (this.termAt(number) === term) return number;
    }
    return this.add(term, hash);
  }

  termAt(number: number): string {
    return this.text.toString('utf8', this.starts[number] ?? 0, (this.starts[number + 1] ?? 1) - 1);
  }

  /** One flag per term: does it contain `needle`? Null when none does. */
  matching(needle: string): Uint8Array | null {
    const pattern = Buffer.from(needle, 'utf8');
    let flags: Uint8Array | null = null;
    let term = 0;
    for (let found = this.text.indexOf(pattern, 0); found !== -1 && found < this.used;) {
      // Matches come in order, so the term holding each is found by walking forward.
      while ((this.starts[term + 1] ?? Infinity) <= found) term += 1;
      flags ??= new Uint8Array(this.termCount);
      flags[term] = 1;
      found = this.text.indexOf(pattern, this.starts[term + 1] ?? this.used);
    }
    return flags;
  }

  private add(term: string, hash: number): number {
    const length = Buffer.byteLength(term, 'utf8') + 1;
    if (this.used + length > this.text.length) {
      const grown = Buffer.alloc(Math.max(this.text.length * 2, this.used + length));
      this.text.copy(grown, 0, 0, this.used);
      this.text = grown;
    }
    this.text.write(term, this.used, 'utf8');
    this.text[this.used + length - 1] = 0x0a;
    this.used += length;
    const number = this.termCount;
    this.termCount += 1;
    if (this.termCount + 1 > this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.termCount] = this.used;
    if (this.termCount * 2 > this.slots.length) this.rehash();
    else this.place(number, hash);
    return number;
  }

  private rehash(): void {
    this.slots = new Uint32Array(slotsFor(this.termCount));
    for (let term = 0; term < this.termCount; term += 1) this.place(term, this.hashOf(term));
  }

  private place(number: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = number + 1;
  }

  private hashOf(number: number): number {
    return hashString(this.termAt(number));
  }
}

function slotsFor(count: number): number {
  let size = 2048;
  while (size < count * 2) size *= 2;
  return size;
}

/** FNV-1a over the UTF-16 code units: fast, and good enough to spread terms over the slots. */
export function hashString(value: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
