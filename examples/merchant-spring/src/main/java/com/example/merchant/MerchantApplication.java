package com.example.merchant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A merchant's own backend that embeds dompet: its own orders (table, migration, controller) and dompet's use cases,
 * wired by dompet's Spring Boot starter from the merchant's {@code DataSource} and {@code dompet.*} properties.
 */
@SpringBootApplication
public class MerchantApplication {

    public static void main(String[] args) {
        SpringApplication.run(MerchantApplication.class, args);
    }
}
