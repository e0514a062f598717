// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

import java.util.Map;

import com.cloud.exception.InvalidParameterValueException;

/**
 * A paginated list command with the keyword, page and pagesize parameters. page and pagesize go together;
 * pagesize -1 means unlimited.
 */
public abstract class BaseListCmd extends BaseCmd implements IBaseListCmd {
    /**
     * Largest page size. The real class reads it once from the global setting default.page.size in
     * {@link #configure()}; the stand-in uses that setting's default, 500.
     */
    private static Long maxPageSize;
    private static final long DEFAULT_PAGE_SIZE = 500L;

    public static final Long s_pageSizeUnlimited = -1L;

    @Parameter(name = ApiConstants.KEYWORD, type = CommandType.STRING, description = "List by keyword")
    private String keyword;

    @Parameter(name = ApiConstants.PAGE, type = CommandType.INTEGER)
    private Integer page;

    @Parameter(name = ApiConstants.PAGE_SIZE, type = CommandType.INTEGER)
    private Integer pageSize;

    public BaseListCmd() {
    }

    @Override
    public String getKeyword() {
        return keyword;
    }

    @Override
    public Integer getPage() {
        return page;
    }

    @Override
    public Integer getPageSize() {
        if (pageSize != null && maxPageSize != s_pageSizeUnlimited.longValue() && pageSize > maxPageSize) {
            throw new InvalidParameterValueException("Page size can't exceed max allowed page size value: " + maxPageSize);
        }
        if (pageSize != null && pageSize == s_pageSizeUnlimited.longValue() && page != null) {
            throw new InvalidParameterValueException("Can't specify page parameter when pagesize is -1 (Unlimited)");
        }
        return pageSize;
    }

    @Override
    public void configure() {
        if (maxPageSize == null) {
            maxPageSize = DEFAULT_PAGE_SIZE;
        }
    }

    @Override
    public long getEntityOwnerId() {
        return 0;
    }

    /** The page size to use: pagesize, else the largest page size; null for unlimited. */
    @Override
    public Long getPageSizeVal() {
        Integer requested = getPageSize();
        Long size = requested != null ? Long.valueOf(requested.longValue()) : maxPageSize;
        return s_pageSizeUnlimited.equals(size) ? null : size;
    }

    /** The offset of the first item of the page: 0 without page, null when the size is unlimited. */
    @Override
    public Long getStartIndex() {
        Long size = getPageSizeVal();
        if (size == null) {
            return null;
        }
        if (page != null && page > 0) {
            return size * (page - 1);
        }
        return 0L;
    }

    @Override
    public void validateSpecificParameters(Map<String, String> params) {
        super.validateSpecificParameters(params);
        String sizeParam = params.get(ApiConstants.PAGE_SIZE);
        Long size = sizeParam != null ? Long.valueOf(sizeParam) : null;
        if (params.get(ApiConstants.PAGE) == null && size != null && !size.equals(s_pageSizeUnlimited)) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "\"page\" parameter is required when \"pagesize\" is specified");
        }
        if (size == null && params.get(ApiConstants.PAGE) != null) {
            throw new ServerApiException(ApiErrorCode.PARAM_ERROR, "\"pagesize\" parameter is required when \"page\" is specified");
        }
    }
}
