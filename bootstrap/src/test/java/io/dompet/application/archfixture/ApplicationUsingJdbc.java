package io.dompet.application.archfixture;

/** Architecture fixture: an application class that uses JDBC. */
public class ApplicationUsingJdbc {
    public java.sql.Connection connection;
}
