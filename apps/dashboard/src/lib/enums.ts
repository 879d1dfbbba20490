/** Domain values are snake_case (`regional_actor`); GraphQL enums are the same upper-cased. */
export function toGql<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}

export function fromGql<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}
