extension RandomAccessCollection {
    /// The index of the first element for which `isAtOrPast` holds, found by binary search; the
    /// elements for which it holds must all come after those for which it does not. `endIndex`
    /// when it holds for none.
    func partitionPoint(where isAtOrPast: (Element) -> Bool) -> Index {
        var low = startIndex
        var remaining = count
        while remaining > 0 {
            let half = remaining / 2
            let middle = index(low, offsetBy: half)
            if isAtOrPast(self[middle]) {
                remaining = half
            } else {
                low = index(after: middle)
                remaining -= half + 1
            }
        }
        return low
    }
}
