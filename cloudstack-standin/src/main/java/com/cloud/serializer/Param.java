// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.serializer;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import org.apache.cloudstack.acl.RoleType;

/** Documents a response field for listApis and the API docs (together with Gson's @SerializedName). */
@Retention(RetentionPolicy.RUNTIME)
public @interface Param {
    String name() default "";

    String propName() default "";

    String description() default "";

    Class<?> responseObject() default Object.class;

    boolean includeInApiDoc() default true;

    String since() default "";

    RoleType[] authorized() default {};

    boolean isSensitive() default false;
}
