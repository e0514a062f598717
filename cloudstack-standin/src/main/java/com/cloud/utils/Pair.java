// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils;

import java.io.Serializable;
import java.util.Objects;

public class Pair<T, U> implements Serializable {
    private static final long serialVersionUID = 1L;

    private T t;
    private U u;

    public Pair(T t, U u) {
        this.t = t;
        this.u = u;
    }

    public T first() {
        return t;
    }

    public U second() {
        return u;
    }

    @Override
    public int hashCode() {
        return Objects.hash(t, u);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Pair)) {
            return false;
        }
        Pair<?, ?> other = (Pair<?, ?>) obj;
        return Objects.equals(t, other.t) && Objects.equals(u, other.u);
    }

    @Override
    public String toString() {
        return "P[" + t + ":" + u + "]";
    }
}
