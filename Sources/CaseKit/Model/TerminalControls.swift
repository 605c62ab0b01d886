extension Unicode.Scalar {
    /// A character a terminal acts on or that reorders what it shows: C0
    /// controls, DEL, C1 controls (CSI, OSC), the bidi marks, embeddings,
    /// overrides and isolates, and the line and paragraph separators. The
    /// terminal output shows each as a stand-in (`VisibleText`), and words
    /// that must stay typeable (contexts) refuse them.
    public var isTerminalControl: Bool {
        switch value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
