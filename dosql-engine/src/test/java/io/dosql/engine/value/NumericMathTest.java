package io.dosql.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every expected value is PostgreSQL 15's output for the same numeric expression. */
class NumericMathTest {
    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    @Test
    void logarithmsKeepPostgresScale() {
        assertThat(NumericMath.ln(decimal("1.05")).toPlainString()).isEqualTo("0.048790164169432003");
        assertThat(NumericMath.ln(decimal("100")).toPlainString()).isEqualTo("4.6051701859880914");
        assertThat(NumericMath.ln(decimal("0.001")).toPlainString()).isEqualTo("-6.9077552789821371");
        assertThat(NumericMath.log10(decimal("2")).toPlainString()).isEqualTo("0.3010299956639812");
        assertThat(NumericMath.log10(decimal("1000")).toPlainString()).isEqualTo("3.0000000000000000");
        assertThatThrownBy(() -> NumericMath.ln(BigDecimal.ZERO)).hasMessage("cannot take logarithm of zero");
        assertThatThrownBy(() -> NumericMath.ln(decimal("-1"))).hasMessage("cannot take logarithm of a negative number");
    }

    @Test
    void exponentialsAndPowers() {
        assertThat(NumericMath.exp(decimal("10")).toPlainString()).isEqualTo("22026.465794806717");
        assertThat(NumericMath.exp(decimal("-1")).toPlainString()).isEqualTo("0.3678794411714423");
        assertThat(NumericMath.power(decimal("1.5"), decimal("2.5")).toPlainString()).isEqualTo("2.7556759606310754");
        assertThat(NumericMath.power(decimal("2"), decimal("-2")).toPlainString()).isEqualTo("0.2500000000000000");
        // Integer exponents keep max(16, base scale) digits; others 16 significant digits (PostgreSQL 15).
        assertThat(NumericMath.power(decimal("0.001"), decimal("2")).toPlainString()).isEqualTo("0.0000010000000000");
        assertThat(NumericMath.power(decimal("-2.5"), decimal("100")).toPlainString())
                .isEqualTo("6223015277861141707144064053780124240590.2521687211671331");
        assertThat(NumericMath.power(decimal("3.14159"), decimal("12.345")).toPlainString()).isEqualTo("1371862.7055656227");
        assertThat(NumericMath.power(decimal("0.5"), decimal("100")).toPlainString()).isEqualTo("0.0000000000000000");
        assertThatThrownBy(() -> NumericMath.power(BigDecimal.ZERO, decimal("-1")))
                .hasMessage("zero raised to a negative power is undefined");
        assertThatThrownBy(() -> NumericMath.power(decimal("-2"), decimal("0.5")))
                .hasMessage("a negative number raised to a non-integer power yields a complex result");
    }

    @Test
    void squareRoots() {
        assertThat(NumericMath.sqrt(decimal("100")).toPlainString()).isEqualTo("10.000000000000000");
        assertThat(NumericMath.sqrt(decimal("0.0001")).toPlainString()).isEqualTo("0.01000000000000000");
        assertThat(NumericMath.sqrt(decimal("2")).toPlainString()).isEqualTo("1.414213562373095");
    }
}
