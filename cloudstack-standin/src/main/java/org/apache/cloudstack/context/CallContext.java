// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.context;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.cloud.exception.CloudAuthenticationException;
import com.cloud.user.Account;
import com.cloud.utils.db.EntityManager;

/**
 * Who is calling, per thread. The stand-in keeps a per-thread stack like the real one; {@link #register(long, long)}
 * resolves only the account through the EntityManager given to {@link #init(EntityManager)} (the real one also
 * resolves the user, a type the listing does not cover).
 */
public class CallContext {
    private static final ThreadLocal<Deque<CallContext>> STACK = ThreadLocal.withInitial(ArrayDeque::new);
    private static volatile EntityManager entityManager;

    private final long userId;
    private final Account account;
    private final String contextId = UUID.randomUUID().toString();
    private final Map<Object, Object> parameters = new HashMap<>();
    private String eventDetails;
    private String eventType;
    private String eventDescription;
    private Long eventResourceId;
    private boolean eventDisplayEnabled = true;

    private CallContext(long userId, Account account) {
        this.userId = userId;
        this.account = account;
    }

    public static void init(EntityManager entityMgr) {
        entityManager = entityMgr;
    }

    public static CallContext current() {
        return STACK.get().peek();
    }

    public static CallContext register(long userId, long accountId) throws CloudAuthenticationException {
        EntityManager em = entityManager;
        if (em == null) {
            throw new IllegalStateException("CallContext.init(EntityManager) was not called");
        }
        Account account = em.findById(Account.class, accountId);
        if (account == null) {
            throw new CloudAuthenticationException("The account is no longer current.");
        }
        CallContext context = new CallContext(userId, account);
        STACK.get().push(context);
        return context;
    }

    public static CallContext unregister() {
        return STACK.get().poll();
    }

    public static void unregisterAll() {
        STACK.get().clear();
    }

    public long getCallingUserId() {
        return userId;
    }

    public Account getCallingAccount() {
        return account;
    }

    public long getCallingAccountId() {
        return account.getId();
    }

    public String getContextId() {
        return contextId;
    }

    public void putContextParameter(Object key, Object value) {
        parameters.put(key, value);
    }

    public Object getContextParameter(Object key) {
        return parameters.get(key);
    }

    public Map<Object, Object> getContextParameters() {
        return parameters;
    }

    public void setEventDetails(String eventDetails) {
        this.eventDetails = eventDetails;
    }

    public String getEventDetails() {
        return eventDetails;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getEventDescription() {
        return eventDescription;
    }

    public void setEventDescription(String eventDescription) {
        this.eventDescription = eventDescription;
    }

    public Long getEventResourceId() {
        return eventResourceId;
    }

    public void setEventResourceId(Long eventResourceId) {
        this.eventResourceId = eventResourceId;
    }

    public boolean isEventDisplayEnabled() {
        return eventDisplayEnabled;
    }

    public void setEventDisplayEnabled(boolean eventDisplayEnabled) {
        this.eventDisplayEnabled = eventDisplayEnabled;
    }

    @Override
    public String toString() {
        return "CallContext[user=" + userId + ", account=" + account.getId() + ", id=" + contextId + "]";
    }
}
