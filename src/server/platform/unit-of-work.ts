// What commands and workflows need of the database without touching Prisma: run work in one
// transaction, and pass that transaction (an opaque unit of work) to other contexts' commands.
export { unitOfWork as transaction, type UnitOfWork } from "./db";
