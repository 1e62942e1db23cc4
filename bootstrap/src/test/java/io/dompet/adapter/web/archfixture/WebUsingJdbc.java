package io.dompet.adapter.web.archfixture;

/** Architecture fixture: JDBC outside the persistence adapter. */
public class WebUsingJdbc {
    public javax.sql.DataSource dataSource;
}
