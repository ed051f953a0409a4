import Lenses

/// Checks the three lens laws on concrete cases; each returns `nil` when the
/// law holds, or a message saying how it failed. `equivalent` decides when two
/// views mean the same (`==` by default; dialects compare port sets, say).
public enum LensLaws {
  /// GetPut: `put(get(c), c) == c`.
  public static func getPut<S: Equatable, V>(_ lens: Lens<S, V>, _ source: S) -> String? {
    do {
      let view = try lens.get(source)
      let back = try lens.put(view, source)
      return back == source ? nil : "GetPut: put(get(c), c) != c\n  c: \(source)\n  put: \(back)"
    } catch {
      return "GetPut: threw \(error)"
    }
  }

  /// PutGet: `get(put(a, c)) == a`.
  public static func putGet<S, V>(
    _ lens: Lens<S, V>, _ view: V, _ source: S, equivalent: (V, V) -> Bool
  ) -> String? {
    do {
      let written = try lens.put(view, source)
      let back = try lens.get(written)
      return equivalent(back, view) ? nil : "PutGet: get(put(a, c)) != a\n  a: \(view)\n  got: \(back)"
    } catch {
      return "PutGet: threw \(error)"
    }
  }

  /// CreateGet: `get(create(a)) == a`.
  public static func createGet<S, V>(_ lens: Lens<S, V>, _ view: V, equivalent: (V, V) -> Bool) -> String? {
    do {
      let created = try lens.create(view)
      let back = try lens.get(created)
      return equivalent(back, view) ? nil : "CreateGet: get(create(a)) != a\n  a: \(view)\n  got: \(back)"
    } catch {
      return "CreateGet: threw \(error)"
    }
  }

  public static func putGet<S, V: Equatable>(_ lens: Lens<S, V>, _ view: V, _ source: S) -> String? {
    putGet(lens, view, source, equivalent: ==)
  }

  public static func createGet<S, V: Equatable>(_ lens: Lens<S, V>, _ view: V) -> String? {
    createGet(lens, view, equivalent: ==)
  }
}
