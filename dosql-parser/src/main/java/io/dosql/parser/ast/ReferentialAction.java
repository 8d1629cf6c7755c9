package io.dosql.parser.ast;

/** ON DELETE / ON UPDATE action of a foreign key; NO_ACTION when not written. */
public enum ReferentialAction { NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT }
