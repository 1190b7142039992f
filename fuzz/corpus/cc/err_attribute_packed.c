struct hdr { char tag; int len; } __attribute__((packed));
int main(void) { return 0; }
