package com.mentorplatform.api.seams;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class another feature may call: the owning feature's published service or read interface. Other
 * features may otherwise use only its records, enums and interfaces (ArchitectureTest); everything else in a
 * feature is its own to change.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Published {
}
