package org.kafo.model.common;

/** Recorded for attendance and membership so that women's participation can be measured. */
public enum Sex {
    FEMALE,
    MALE
}
