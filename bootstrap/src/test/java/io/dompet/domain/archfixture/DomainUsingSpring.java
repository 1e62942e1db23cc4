package io.dompet.domain.archfixture;

/** Architecture fixture: a domain class that uses Spring. */
public class DomainUsingSpring {
    public boolean blank(String text) {
        return !org.springframework.util.StringUtils.hasText(text);
    }
}
