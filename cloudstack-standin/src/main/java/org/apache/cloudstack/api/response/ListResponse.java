// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api.response;

import java.util.ArrayList;
import java.util.List;

import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.ResponseObject;

/** One page of items plus the total count of matching items. */
public class ListResponse<T extends ResponseObject> extends BaseResponse {
    private List<T> responses = new ArrayList<>();
    private Integer count;

    public ListResponse() {
    }

    public List<T> getResponses() {
        return responses;
    }

    public void setResponses(List<T> responses) {
        this.responses = responses;
        this.count = responses == null ? null : responses.size();
    }

    public void setResponses(List<T> responses, Integer count) {
        this.responses = responses;
        this.count = count;
    }

    public Integer getCount() {
        return count;
    }
}
