extension Lens {
  /// Lifts a lens on single items to a lens on lists whose items are matched
  /// by key rather than by position, as Augeas does.
  ///
  /// `put` pairs each view item with the source item of the same key and puts
  /// it there, so reordering the view never moves what an item keeps (its
  /// comments, its unmodelled parts) onto another item. View items with no
  /// matching source item are created. Source items whose key no longer occurs
  /// in the view are dropped. The result follows the view's order.
  ///
  /// - Parameters:
  ///   - sourceKey: the key of a source item (`nil` for items that carry no
  ///     key; they cannot be matched and are dropped by `put`).
  ///   - viewKey: the key of a view item.
  public static func keyed<Item, ItemView, Key: Hashable>(
    _ item: Lens<Item, ItemView>,
    sourceKey: @escaping @Sendable (Item) -> Key?,
    viewKey: @escaping @Sendable (ItemView) -> Key
  ) -> Lens<[Item], [ItemView]> where Source == [Item], View == [ItemView] {
    Lens<[Item], [ItemView]>(
      get: { items in try items.map(item.get) },
      put: { views, items in
        var byKey: [Key: Item] = [:]
        for source in items {
          if let key = sourceKey(source), byKey[key] == nil { byKey[key] = source }
        }
        return try views.map { view in
          if let existing = byKey[viewKey(view)] {
            return try item.put(view, existing)
          }
          return try item.create(view)
        }
      },
      create: { views in try views.map(item.create) })
  }
}
