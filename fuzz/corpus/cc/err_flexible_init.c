struct msg { int len; char data[]; };
struct msg m = { 2, "hi" };
int main(void) { return m.len; }
