import Dispatch
import Foundation

/// `map` on every core: reading many files, or playing many calls, at once. The results
/// keep the order of the items. Used by the authoring commands (`scenario lint`, `test`).
public enum ConcurrentMap {
    /// `items.map(transform)`, with `transform` run on several threads at once.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values
    }
}

/// One slot per item, filled from many threads under a lock.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every result, in order (each slot is filled once `concurrentPerform` returns).
    var values: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
