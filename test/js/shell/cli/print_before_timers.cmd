-p
setTimeout(() => console.log("a timer first"), 10); ({ list: [1, "two"], when: "at exit" })
