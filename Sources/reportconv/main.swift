print("reportconv")
