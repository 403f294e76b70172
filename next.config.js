/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The custom server (server/index.ts) owns /api, /yjs and socket.io; Next renders pages.
};

export default nextConfig;
