-- The sample shop: customers, products, orders and their items, and a view of order totals.

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE TABLE customers (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    email      text        NOT NULL,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customers_email_key UNIQUE (email)
);
COMMENT ON TABLE customers IS 'People who buy from the shop.';
COMMENT ON COLUMN customers.email IS 'Login and contact address; unique.';

CREATE TABLE products (
    id         bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku        text          NOT NULL,
    name       text          NOT NULL,
    price      numeric(12,2) NOT NULL CHECK (price >= 0),
    attributes jsonb         NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT products_sku_key UNIQUE (sku)
);
COMMENT ON TABLE products IS 'What the shop sells.';

CREATE TABLE orders (
    id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id uuid         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status      order_status NOT NULL DEFAULT 'pending',
    placed_at   timestamptz  NOT NULL DEFAULT now(),
    note        text
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
COMMENT ON TABLE orders IS 'An order a customer placed.';

CREATE TABLE order_items (
    order_id   uuid          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id bigint        NOT NULL REFERENCES products (id),
    quantity   integer       NOT NULL CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
COMMENT ON TABLE order_items IS 'One product line of an order, priced when the order was placed.';

CREATE VIEW order_totals AS
SELECT o.id          AS order_id,
       o.customer_id AS customer_id,
       o.status      AS status,
       coalesce(sum(i.quantity * i.unit_price), 0)::numeric(14,2) AS total
FROM orders o
LEFT JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.customer_id, o.status;
COMMENT ON VIEW order_totals IS 'Each order with the sum of its lines.';
