package org.kafo.model.planted;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * A class of the model's packages that depends on a library: the violation that
 * {@code CoreModelDependsOnTheJdkAloneTest} must catch. It lives in the test sources only.
 */
public final class UsesArchUnit {

    private UsesArchUnit() {
    }

    public static String nameOf(JavaClass type) {
        return type.getName();
    }
}
