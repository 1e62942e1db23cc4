package io.dompet.adapter.web.billwidget;

import io.dompet.adapter.web.problem.ProblemException;
import io.dompet.adapter.web.problem.ProblemType;
import io.dompet.domain.billwidget.ProductCode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Well-formed product codes the biller catalogue does not know (422, type {@code unknown-product-code}): the request
 * is valid JSON with valid fields, but it names billers dompet cannot offer, so it is unprocessable rather than
 * malformed. The unknown codes are named in the detail and listed in {@code productCodes}, in request order. Nothing
 * was stored and Finpay was not asked.
 */
public class UnknownProductCodeException extends ProblemException {

    public static final String PRODUCT_CODES = "productCodes";

    public UnknownProductCodeException(List<ProductCode> codes) {
        super(ProblemType.UNKNOWN_PRODUCT_CODE, detail(codes),
                Map.of(PRODUCT_CODES, codes.stream().map(ProductCode::value).toList()));
    }

    private static String detail(List<ProductCode> codes) {
        String named = codes.stream().map(ProductCode::value).collect(Collectors.joining(", "));
        return (codes.size() == 1 ? "Product code " + named + " is" : "Product codes " + named + " are")
                + " not in the biller catalogue (GET /api/v1/billers); no widget was requested.";
    }
}
