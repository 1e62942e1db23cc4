package io.dompet.adapter.finpay.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyMaterialTest {

    private static final String PKCS8 = "rsa2048-pkcs8.pem";
    private static final String PKCS1 = "rsa2048-pkcs1.pem";

    private static RSAPrivateCrtKey reference() {
        return (RSAPrivateCrtKey) KeyMaterial.privateKey(Fixtures.text(PKCS8));
    }

    @Nested
    class PrivateKeys {

        @Test
        void aPkcs8PemGivesTheRsa2048PrivateKey() {
            PrivateKey key = KeyMaterial.privateKey(Fixtures.text(PKCS8));

            assertThat(key.getAlgorithm()).isEqualTo("RSA");
            assertThat(((RSAPrivateCrtKey) key).getModulus().bitLength()).isEqualTo(2048);
        }

        @Test
        void aPkcs1PemOfTheSameKeyGivesTheSamePrivateKey() {
            RSAPrivateCrtKey pkcs1 = (RSAPrivateCrtKey) KeyMaterial.privateKey(Fixtures.text(PKCS1));

            assertThat(pkcs1.getModulus()).isEqualTo(reference().getModulus());
            assertThat(pkcs1.getPrivateExponent()).isEqualTo(reference().getPrivateExponent());
        }

        @ParameterizedTest
        @ValueSource(strings = {PKCS8, PKCS1})
        void surroundingWhitespaceIsIgnored(String fixture) {
            assertSameKey(KeyMaterial.privateKey("  \n\t" + Fixtures.text(fixture) + "\n\n  "));
        }

        @ParameterizedTest
        @ValueSource(strings = {PKCS8, PKCS1})
        void lineBreaksWrittenAsBackslashNAsInEnvironmentVariablesAreUnderstood(String fixture) {
            String escaped = Fixtures.text(fixture).strip().replace("\n", "\\n");
            assertThat(escaped).doesNotContain("\n");

            assertSameKey(KeyMaterial.privateKey(escaped));
        }

        @Test
        void escapedWindowsLineBreaksAreUnderstood() {
            assertSameKey(KeyMaterial.privateKey(Fixtures.text(PKCS8).replace("\n", "\\r\\n")));
        }

        @ParameterizedTest
        @ValueSource(strings = {PKCS8, PKCS1})
        void windowsLineEndingsAreUnderstood(String fixture) {
            assertSameKey(KeyMaterial.privateKey(Fixtures.text(fixture).replace("\n", "\r\n")));
        }

        @Test
        void aBodyOnOneLineOrWrappedWithSpacesIsUnderstood() {
            String body = String.join("", Fixtures.bodyLines(PKCS8));

            assertSameKey(KeyMaterial.privateKey("-----BEGIN PRIVATE KEY-----" + body + "-----END PRIVATE KEY-----"));
            assertSameKey(KeyMaterial.privateKey("-----BEGIN PRIVATE KEY----- " + body + " -----END PRIVATE KEY-----"));
        }

        @Test
        void aFileReferenceWithAnAbsolutePathIsRead() {
            Path absolute = Fixtures.path(PKCS8);
            assertThat(absolute).isAbsolute();

            assertSameKey(KeyMaterial.privateKey("file:" + absolute));
        }

        @ParameterizedTest
        @ValueSource(strings = {PKCS8, PKCS1})
        void aFileReferenceWithARelativePathIsReadFromTheWorkingDirectory(String fixture) {
            assertSameKey(KeyMaterial.privateKey("file:" + Fixtures.RELATIVE_DIRECTORY + fixture));
        }

        @Test
        void aFileReferenceMayBeSurroundedByWhitespace() {
            assertSameKey(KeyMaterial.privateKey("  file: " + Fixtures.path(PKCS8) + " \n"));
        }

        @Test
        void aFileWithWindowsLineEndingsIsRead(@TempDir Path directory) throws Exception {
            Path file = Files.writeString(directory.resolve("key.pem"), Fixtures.text(PKCS1).replace("\n", "\r\n"));

            assertSameKey(KeyMaterial.privateKey("file:" + file));
        }

        private void assertSameKey(PrivateKey key) {
            assertThat(((RSAPrivateCrtKey) key).getModulus()).isEqualTo(reference().getModulus());
            assertThat(((RSAPrivateCrtKey) key).getPrivateExponent()).isEqualTo(reference().getPrivateExponent());
        }
    }

    @Nested
    class PublicKeys {

        @ParameterizedTest
        @ValueSource(strings = {"rsa2048-public.pem", "rsa2048-public-pkcs1.pem", "rsa2048-cert.pem"})
        void anX509PublicKeyAPkcs1PublicKeyAndACertificateGiveThePublicHalfOfTheKey(String fixture) {
            PublicKey key = KeyMaterial.publicKey(Fixtures.text(fixture));

            assertThat(key.getAlgorithm()).isEqualTo("RSA");
            assertThat(((RSAPublicKey) key).getModulus()).isEqualTo(reference().getModulus());
            assertThat(((RSAPublicKey) key).getPublicExponent()).isEqualTo(reference().getPublicExponent());
        }

        @ParameterizedTest
        @ValueSource(strings = {"rsa2048-public.pem", "rsa2048-public-pkcs1.pem", "rsa2048-cert.pem"})
        void everyFormReadsFromAFileAndFromEscapedTextAlike(String fixture) {
            PublicKey fromText = KeyMaterial.publicKey(Fixtures.text(fixture));

            assertThat(KeyMaterial.publicKey("file:" + Fixtures.path(fixture))).isEqualTo(fromText);
            assertThat(KeyMaterial.publicKey("file:" + Fixtures.RELATIVE_DIRECTORY + fixture)).isEqualTo(fromText);
            assertThat(KeyMaterial.publicKey(Fixtures.text(fixture).replace("\n", "\\n"))).isEqualTo(fromText);
            assertThat(KeyMaterial.publicKey(Fixtures.text(fixture).replace("\n", "\r\n"))).isEqualTo(fromText);
        }
    }

    @Nested
    class RefusedMaterial {

        @Test
        void nothingAtAllIsRefused() {
            assertThatThrownBy(() -> KeyMaterial.privateKey(null))
                    .isInstanceOf(InvalidKeyMaterialException.class).hasMessageContaining("empty");
            assertThatThrownBy(() -> KeyMaterial.publicKey("  \n "))
                    .isInstanceOf(InvalidKeyMaterialException.class).hasMessageContaining("empty");
        }

        @Test
        void textThatIsNotPemIsRefusedAsNotPem() {
            String body = String.join("", Fixtures.bodyLines(PKCS8));

            assertRefused(() -> KeyMaterial.privateKey(body), "not PEM", PKCS8);
            assertRefused(() -> KeyMaterial.publicKey("hello"), "not PEM", PKCS8);
        }

        @Test
        void aPemBlockWithoutItsEndLineIsRefused() {
            String truncated = Fixtures.text(PKCS8).replace("-----END PRIVATE KEY-----", "");

            assertRefused(() -> KeyMaterial.privateKey(truncated), "no -----END PRIVATE KEY----- line", PKCS8);
        }

        @Test
        void aBodyThatIsNotBase64IsRefused() {
            String corrupted = Fixtures.text(PKCS8).replaceFirst("\n(.)", "\n!");

            assertRefused(() -> KeyMaterial.privateKey(corrupted), "not valid base64", PKCS8);
        }

        @Test
        void aBodyThatIsBase64ButNotAKeyIsRefused() {
            String text = Fixtures.text(PKCS8);
            String lastBodyLine = Fixtures.bodyLines(PKCS8).get(Fixtures.bodyLines(PKCS8).size() - 1);
            String truncated = text.replace(lastBodyLine + "\n", "");

            assertRefused(() -> KeyMaterial.privateKey(truncated), "PRIVATE KEY block", PKCS8);
        }

        @Test
        void aMissingFileIsRefusedNamingThePath() {
            assertThatThrownBy(() -> KeyMaterial.privateKey("file:keys/nowhere.pem"))
                    .isInstanceOf(InvalidKeyMaterialException.class)
                    .hasMessageStartingWith("file not found: keys/nowhere.pem (resolved to ")
                    .hasMessageEndingWith(Path.of("keys/nowhere.pem").toAbsolutePath() + ")");
            assertThatThrownBy(() -> KeyMaterial.publicKey("file:/nonexistent/finpay.pem"))
                    .isInstanceOf(InvalidKeyMaterialException.class)
                    .hasMessage("file not found: /nonexistent/finpay.pem");
        }

        @Test
        void aFileReferenceWithoutAPathIsRefused() {
            assertThatThrownBy(() -> KeyMaterial.privateKey("file:  "))
                    .isInstanceOf(InvalidKeyMaterialException.class).hasMessageContaining("needs a path");
        }

        @Test
        void aDirectoryIsRefused(@TempDir Path directory) {
            assertThatThrownBy(() -> KeyMaterial.privateKey("file:" + directory))
                    .isInstanceOf(InvalidKeyMaterialException.class)
                    .hasMessage("not a file but a directory: " + directory);
        }

        @Test
        void aBinaryFileIsRefusedAsNotPemText(@TempDir Path directory) throws Exception {
            Path der = Files.write(directory.resolve("key.der"), new byte[] {0x30, (byte) 0x82, (byte) 0xff, (byte) 0xfe});

            assertThatThrownBy(() -> KeyMaterial.privateKey("file:" + der))
                    .isInstanceOf(InvalidKeyMaterialException.class)
                    .hasMessageContaining("not UTF-8 PEM text").hasMessageContaining(der.toString());
        }

        @Test
        void aCertificateWhereAPrivateKeyIsExpectedIsRefused() {
            assertRefused(() -> KeyMaterial.privateKey(Fixtures.text("rsa2048-cert.pem")),
                    "expected a private key but found a certificate", "rsa2048-cert.pem");
        }

        @Test
        void aPublicKeyWhereAPrivateKeyIsExpectedIsRefused() {
            assertRefused(() -> KeyMaterial.privateKey(Fixtures.text("rsa2048-public.pem")),
                    "expected a private key but found a public key", "rsa2048-public.pem");
        }

        @ParameterizedTest
        @ValueSource(strings = {PKCS8, PKCS1})
        void aPrivateKeyWhereAPublicKeyIsExpectedIsRefusedWithoutQuotingIt(String fixture) {
            assertRefused(() -> KeyMaterial.publicKey(Fixtures.text(fixture)),
                    "expected a public key or a certificate but found a private key", fixture);
        }

        @Test
        void errorsInAFileNameTheFile() {
            Path certificate = Fixtures.path("rsa2048-cert.pem");

            assertThatThrownBy(() -> KeyMaterial.privateKey("file:" + certificate))
                    .isInstanceOf(InvalidKeyMaterialException.class)
                    .hasMessage("file " + certificate + ": expected a private key but found a certificate");
        }

        @Test
        void a1024BitRsaKeyIsRefusedAsTooShort() {
            assertRefused(() -> KeyMaterial.privateKey(Fixtures.text("rsa1024-pkcs8.pem")),
                    "RSA key of 1024 bits; at least 2048 required", "rsa1024-pkcs8.pem");
            assertRefused(() -> KeyMaterial.publicKey(Fixtures.text("rsa1024-public.pem")),
                    "RSA key of 1024 bits; at least 2048 required", "rsa1024-public.pem");
        }

        @ParameterizedTest
        @ValueSource(strings = {"rsa2048-encrypted-pkcs8.pem", "rsa2048-encrypted-pkcs1.pem"})
        void anEncryptedPrivateKeyIsRefused(String fixture) {
            assertRefused(() -> KeyMaterial.privateKey(Fixtures.text(fixture)),
                    "encrypted private keys are not supported", fixture);
            assertRefused(() -> KeyMaterial.privateKey("file:" + Fixtures.path(fixture)),
                    "encrypted private keys are not supported", fixture);
        }

        @Test
        void anEcKeyIsRefusedAsNotRsa() {
            assertRefused(() -> KeyMaterial.privateKey(Fixtures.text("ec-p256-pkcs8.pem")),
                    "expected an RSA key but found an EC key", "ec-p256-pkcs8.pem");
            assertRefused(() -> KeyMaterial.publicKey(Fixtures.text("ec-p256-public.pem")),
                    "expected an RSA key but found an EC key", "ec-p256-public.pem");
        }

        @Test
        void anOpensshPrivateKeyIsRefusedWithHowToConvertIt() {
            String openssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";

            assertThatThrownBy(() -> KeyMaterial.privateKey(openssh))
                    .isInstanceOf(InvalidKeyMaterialException.class)
                    .hasMessageContaining("ssh-keygen -p -m PKCS8")
                    .hasMessageNotContaining("b3BlbnNzaC1rZXktdjEAAAAA");
        }

        /** Refused with {@code expected} in the message, and neither message nor cause quotes the fixture's body. */
        private void assertRefused(Runnable load, String expected, String fixture) {
            assertThatThrownBy(load::run)
                    .isInstanceOf(InvalidKeyMaterialException.class)
                    .hasMessageContaining(expected)
                    .satisfies(thrown -> assertQuotesNoKeyText(thrown, fixture));
        }

        private void assertQuotesNoKeyText(Throwable thrown, String fixture) {
            Function<Throwable, String> text = t -> t.getMessage() + " " + t;
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                for (String line : Fixtures.bodyLines(fixture)) {
                    assertThat(text.apply(t)).doesNotContain(line.substring(0, Math.min(line.length(), 12)));
                    assertThat(text.apply(t)).doesNotContain(line.substring(Math.max(0, line.length() - 12)));
                }
            }
        }
    }
}
