/**
 * Makes a fake ET object strict and counted, as the real object model is
 * COM-like: every property read, property write and method call is one host
 * call (a method's call is counted once, at its lookup), and a member the
 * fake does not model throws — so the adapter can only use what is here.
 */
export class CallCounter {
  calls = 0;
  /** Calls by "Type.Member", for a test that wants to see where they went. */
  readonly byMember = new Map<string, number>();

  count(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }

  reset(): void {
    this.calls = 0;
    this.byMember.clear();
  }
}

export class UnknownMemberError extends Error {}

export function strict<T extends object>(type: string, target: T, counter: CallCounter): T {
  return new Proxy(target, {
    get(object, property) {
      // Symbols (inspection, iteration) and `then` (await probes every value it gets) are not ET members.
      if (typeof property === "symbol" || property === "then") return undefined;
      if (!(property in object)) throw new UnknownMemberError(`ET: ${type}.${property} is not a member`);
      counter.count(`${type}.${property}`);
      // The fake's own work inside a member (its getters reading its fields) is not a host call.
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
    set(object, property, value) {
      if (typeof property === "symbol" || !(property in object)) throw new UnknownMemberError(`ET: ${type}.${String(property)} cannot be set`);
      const descriptor = findDescriptor(object, property);
      if (descriptor && !descriptor.set && !descriptor.writable) throw new UnknownMemberError(`ET: ${type}.${property} is read-only`);
      counter.count(`${type}.${property}=`);
      return Reflect.set(object, property, value);
    },
  });
}

function findDescriptor(object: object, property: string): PropertyDescriptor | undefined {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, property);
    if (d) return d;
  }
  return undefined;
}
