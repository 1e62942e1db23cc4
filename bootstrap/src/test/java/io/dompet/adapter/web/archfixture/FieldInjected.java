package io.dompet.adapter.web.archfixture;

/** Architecture fixture: field injection. */
public class FieldInjected {
    @org.springframework.beans.factory.annotation.Autowired
    private Object dependency;

    public Object dependency() {
        return dependency;
    }
}
