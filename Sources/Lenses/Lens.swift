/// A bidirectional transformation between a concrete `Source` and an abstract
/// `View` (Foster and Pierce's lenses, as in Boomerang and Augeas).
///
/// - `get` extracts the view from a source.
/// - `put` writes a (possibly edited) view back into an existing source,
///   keeping everything in the source that the view does not describe.
/// - `create` makes a new source from a view when there is none.
///
/// A well-behaved lens satisfies three laws, which every lens of this
/// project is tested against (see `LensLaws` in the test support target):
///
/// - GetPut: `put(get(c), c) == c` (a no-op edit changes nothing);
/// - PutGet: `get(put(a, c)) == a` (what is put is what is read back);
/// - CreateGet: `get(create(a)) == a`.
///
/// Each function may throw: real inputs can be malformed, and views can hold
/// values a concrete format cannot express.
public struct Lens<Source, View>: Sendable {
  public let get: @Sendable (Source) throws -> View
  public let put: @Sendable (View, Source) throws -> Source
  public let create: @Sendable (View) throws -> Source

  public init(
    get: @escaping @Sendable (Source) throws -> View,
    put: @escaping @Sendable (View, Source) throws -> Source,
    create: @escaping @Sendable (View) throws -> Source
  ) {
    self.get = get
    self.put = put
    self.create = create
  }
}

extension Lens {
  /// Composes two lenses: `self` from `Source` to `View`, then `next` from
  /// `View` to `Inner`.
  ///
  /// `put` reads the intermediate view out of the old source so that `next`
  /// can keep what it holds; `create` creates through both.
  public func then<Inner>(_ next: Lens<View, Inner>) -> Lens<Source, Inner> {
    let outer = self
    return Lens<Source, Inner>(
      get: { source in try next.get(outer.get(source)) },
      put: { inner, source in try outer.put(next.put(inner, outer.get(source)), source) },
      create: { inner in try outer.create(next.create(inner)) })
  }

  /// Maps the view through a lossless conversion (a bijection on the values
  /// that occur).
  public func map<Mapped>(_ conversion: Conversion<View, Mapped>) -> Lens<Source, Mapped> {
    then(Lens<View, Mapped>(conversion))
  }
}

extension Lens {
  /// The lens of a lossless conversion: `put` ignores the old source, since
  /// the view determines it completely.
  public init(_ conversion: Conversion<Source, View>) {
    self.init(
      get: conversion.apply,
      put: { view, _ in try conversion.unapply(view) },
      create: conversion.unapply)
  }
}

/// A lossless, two-way conversion between two representations of the same
/// information (swift-parsing's `Conversion`).
public struct Conversion<Input, Output>: Sendable {
  public let apply: @Sendable (Input) throws -> Output
  public let unapply: @Sendable (Output) throws -> Input

  public init(
    apply: @escaping @Sendable (Input) throws -> Output,
    unapply: @escaping @Sendable (Output) throws -> Input
  ) {
    self.apply = apply
    self.unapply = unapply
  }
}
