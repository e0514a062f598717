package org.netboot6.store;

import java.util.Optional;

import org.netboot6.model.InvalidValueException;

/** Which slice of a list to return: CloudStack's page/pagesize as start index and size (null size: all). */
public final class PageRequest {
    private final long startIndex;
    private final Long pageSize;
    private final String keyword;

    private PageRequest(long startIndex, Long pageSize, String keyword) {
        this.startIndex = startIndex;
        this.pageSize = pageSize;
        this.keyword = keyword == null || keyword.isEmpty() ? null : keyword;
    }

    public static PageRequest all() {
        return new PageRequest(0, null, null);
    }

    /**
     * From CloudStack's {@code getStartIndex()}/{@code getPageSizeVal()}, which pass any pagesize through except -1
     * (all, as null): a size below 1 is refused here rather than reaching SQL.
     */
    public static PageRequest of(Long startIndex, Long pageSize, String keyword) {
        if (pageSize != null && pageSize < 1) {
            throw new InvalidValueException("pagesize", "must be at least 1, or -1 for all: " + pageSize);
        }
        if (startIndex != null && startIndex < 0) {
            throw new InvalidValueException("page", "must be at least 1");
        }
        return new PageRequest(startIndex == null ? 0 : startIndex, pageSize, keyword);
    }

    public long startIndex() {
        return startIndex;
    }

    public Optional<Long> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** Matched as a substring of names, case-insensitively; never interpreted as a pattern. */
    public Optional<String> keyword() {
        return Optional.ofNullable(keyword);
    }

    String limitClause() {
        return pageSize == null ? "" : " LIMIT " + pageSize + " OFFSET " + startIndex;
    }

    /** The keyword as a LIKE pattern with %, _ and \ escaped. */
    String likePattern() {
        return "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
