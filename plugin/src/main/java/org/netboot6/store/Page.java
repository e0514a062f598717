package org.netboot6.store;

import java.util.List;

/** One page of a list and the total count of matches, as CloudStack's list responses need. */
public final class Page<T> {
    private final List<T> items;
    private final int total;

    public Page(List<T> items, int total) {
        this.items = List.copyOf(items);
        this.total = total;
    }

    public List<T> items() {
        return items;
    }

    public int total() {
        return total;
    }
}
