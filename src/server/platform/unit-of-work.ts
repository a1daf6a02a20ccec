// What commands and workflows need of the database without touching Prisma: run work in one
// transaction, and pass that transaction (a unit of work) to other contexts' commands.
export { transaction, type UnitOfWork } from "./db";
