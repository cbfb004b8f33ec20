package io.rapport.customer;

/** Markers an agent must see before saying a word. */
public enum Flag {
    VIP, VULNERABLE, DO_NOT_CALL
}
