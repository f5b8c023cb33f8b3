/** An in-memory Storage for unit tests, able to simulate a full quota or a blocked store. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Characters allowed in total before setItem throws a quota error. */
  quota = Number.POSITIVE_INFINITY;
  /** Make every call throw as a browser with storage disabled does. */
  blocked = false;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    let used = value.length;
    for (const [k, v] of this.items) if (k !== key) used += v.length;
    if (used > this.quota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
}
