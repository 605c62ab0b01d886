import Dispatch

/// Hands parsed cases from the thread that reads the file to the one that
/// writes them, so that parsing and writing overlap. One producer and one
/// consumer.
final class CaseQueue<Element: Sendable>: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private let filled = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private let producerDone = DispatchSemaphore(value: 0)
    // Guarded by `lock`.
    private var buffer: [Element] = []
    private var end: Result<Void, any Error>?
    private var cancelled = false

    /// At most `capacity` elements wait: memory stays flat however long the file.
    init(capacity: Int) {
        // Made at 0 and raised: libdispatch traps when a semaphore goes away
        // below the value it was made with, as `room` may when the writer stops early.
        room = DispatchSemaphore(value: 0)
        for _ in 0..<capacity { room.signal() }
    }

    /// Runs `produce` on another thread; it hands elements over with `put`.
    func start(_ produce: @escaping @Sendable (CaseQueue) throws -> Void) {
        DispatchQueue.global().async {
            let outcome = Result { try produce(self) }
            self.lock.wait()
            self.end = outcome
            self.lock.signal()
            self.filled.signal()
            self.producerDone.signal()
        }
    }

    /// For the producer: false once the consumer has stopped, and it should too.
    func put(_ element: Element) -> Bool {
        room.wait()
        lock.wait()
        defer { lock.signal() }
        guard !cancelled else { return false }
        buffer.append(element)
        filled.signal()
        return true
    }

    /// For the consumer: the next element; nil at the end; the producer's
    /// error if it failed.
    func take() throws -> Element? {
        filled.wait()
        lock.wait()
        defer { lock.signal() }
        if !buffer.isEmpty {
            room.signal()
            return buffer.removeFirst()
        }
        try end?.get()
        return nil
    }

    /// For the consumer, when it is done (or failed): stops the producer and
    /// waits until its thread has let go.
    func stop() {
        lock.wait()
        cancelled = true
        lock.signal()
        room.signal()
        producerDone.wait()
    }
}
